import { defineRule } from '../../src/engine/rule.js';
import { known } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

export default defineRule({
  id: 'host-device-access',
  title: 'Host device exposed to the container',
  category: 'security',
  severity: 'note',
  description: 'A container is given direct access to a device of the host through linuxParameters.devices.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_Device.html',
  docs: {
    rationale: 'A device entry exposes "the path for the device on the host container instance" to the container, by default with read, write and mknod permissions. Block devices (/dev/xvda, /dev/nvme0n1) give raw access to the host\'s disks, /dev/mem and /dev/kmem to its memory. Some jobs need a device (FUSE, EFA or InfiniBand adapters), so this is advice: check that each device is needed and that its permissions are as narrow as possible.',
    fix: 'Remove devices the job does not need; for those it needs, set `permissions` to the minimum (for example `[READ]`). GPUs are requested with `resourceRequirements` type GPU, not as devices.',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  linuxParameters:\n    devices:\n      - hostPath: /dev/xvda',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  resourceRequirements:\n    - {type: GPU, value: "1"}',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    device: 'The {{where}} is given the host device {{device}} with {{permissions}} access; remove it unless the job needs it, and narrow "permissions".',
  },
  check(resource, context) {
    for (const c of jobDefinitionFacts(resource).containers) {
      if (c.kind !== 'ecs') continue;
      for (const device of c.linuxParameters.deviceEntries) {
        const hostPath = known(device.hostPath);
        if (hostPath === undefined || hostPath.trim() === '') continue;
        context.report({
          messageId: 'device',
          data: { where: c.label, device: hostPath, permissions: device.permissions.length > 0 ? device.permissions.join('/').toLowerCase() : 'read/write/mknod (the default)' },
          path: device.hostPath.path,
        });
      }
    }
  },
});
