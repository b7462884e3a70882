// A loopback STS endpoint for the assume-role path: the awsQuery protocol (form-encoded POST, XML
// answers) that the SDK's STS client speaks. Records every AssumeRole with the caller's signature.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { credentialScope } from './batch-server.js';

export interface AssumeRoleCall {
  action: string;
  roleArn: string;
  roleSessionName: string;
  /** The caller's access key, from the signature. */
  accessKeyId?: string;
}

export interface StsServer {
  url: string;
  calls: AssumeRoleCall[];
  close(): Promise<void>;
}

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}

/** @param issue credentials for a role ARN, or undefined to deny it (AccessDenied). */
export async function startStsServer(issue: (roleArn: string) => IssuedCredentials | undefined): Promise<StsServer> {
  const calls: AssumeRoleCall[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const call: AssumeRoleCall = { action: form.get('Action') ?? '', roleArn: form.get('RoleArn') ?? '', roleSessionName: form.get('RoleSessionName') ?? '' };
      const { accessKeyId } = credentialScope(req.headers.authorization);
      if (accessKeyId) call.accessKeyId = accessKeyId;
      calls.push(call);
      const issued = call.action === 'AssumeRole' ? issue(call.roleArn) : undefined;
      if (!issued) {
        res.writeHead(403, { 'content-type': 'text/xml' });
        res.end(
          `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code>` +
            `<Message>User is not authorized to perform: sts:AssumeRole on resource: ${call.roleArn}</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`,
        );
        return;
      }
      const expiration = new Date(Date.now() + 3600_000).toISOString();
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(
        `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>` +
          `<Credentials><AccessKeyId>${issued.accessKeyId}</AccessKeyId><SecretAccessKey>${issued.secretAccessKey}</SecretAccessKey>` +
          `<SessionToken>${issued.sessionToken}</SessionToken><Expiration>${expiration}</Expiration></Credentials>` +
          `<AssumedRoleUser><AssumedRoleId>AROATESTROLE:${call.roleSessionName}</AssumedRoleId><Arn>${call.roleArn.replace(':role/', ':assumed-role/')}/${call.roleSessionName}</Arn></AssumedRoleUser>` +
          `</AssumeRoleResult><ResponseMetadata><RequestId>r-2</RequestId></ResponseMetadata></AssumeRoleResponse>`,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, calls, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
