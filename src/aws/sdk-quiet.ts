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

/**
 * A logger for SDK clients and their request handlers. Given none, the SDK's NodeHttpHandler logs
 * to the console (its request-timeout warning, socket usage warnings, deserialization hints) and
 * batchlint's stderr is for its own lines only: every condition those warnings describe reaches the
 * caller as an error anyway (with throwOnRequestTimeout for the request timeout).
 */
export const SILENT_SDK_LOGGER = { trace: () => undefined, debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
