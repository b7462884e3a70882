resource "constructor" "x" {}
