// The AWS SDK for JavaScript v3 prints a "NodeVersionSupportWarning" (through process.emitWarning)
// the first time a client is constructed on a Node.js major below the one its next releases will
// require (22, from January 2027). batchlint supports Node 20, and its stderr is for findings and
// usage errors: the SDK's own switch, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
// (read by @aws-sdk/core's emitWarningIfUnsupportedVersion when each client is built), turns it off.
// A user who set the variable to something else keeps their choice.

const SWITCH = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';

/** Call before constructing any AWS SDK client. */
export function silenceSdkNodeVersionWarning(env: NodeJS.ProcessEnv = process.env): void {
  if (env[SWITCH] === undefined) env[SWITCH] = 'true';
}
