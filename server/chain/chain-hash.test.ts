import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson, defectCaseRecord, entryVersionRecord, genesisHash, inspectionRecord, linkHash, remediationRecord, type ChainRecord } from './chain-hash.ts';

type VectorLink = { sequence: number; recordType: string; input: Record<string, any>; documentBytes: string[]; canonicalJson: string; documentSha256s: string[]; hash: string };
const vector = JSON.parse(/```json test-vector\n([\s\S]*?)\n```/.exec(readFileSync('docs/VERIFICATION.md', 'utf8'))![1]!) as { vehicleId: string; genesis: string; links: VectorLink[] };
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function recordOf(vehicleId: string, link: VectorLink): ChainRecord {
  const fields = { ...link.input, vehicle: vehicleId } as any;
  switch (link.recordType) {
    case 'entry_version': return entryVersionRecord(fields);
    case 'inspection': return inspectionRecord(fields);
    case 'defect_case': return defectCaseRecord(fields);
    case 'remediation': return remediationRecord(fields, fields.closedCase);
    default: throw new Error(link.recordType);
  }
}

describe('the test vector in docs/VERIFICATION.md', () => {
  it('is what the server computes from its inputs', () => {
    expect(vector.links).toHaveLength(4);
    expect(genesisHash(vector.vehicleId)).toBe(vector.genesis);
    let previous = vector.genesis;
    for (const link of vector.links) {
      const record = recordOf(vector.vehicleId, link);
      expect(canonicalJson(record)).toBe(link.canonicalJson);
      expect(link.documentBytes.map(sha256)).toEqual(link.documentSha256s);
      expect(linkHash(previous, record, link.documentSha256s)).toBe(link.hash);
      previous = link.hash;
    }
  });

  it('follows from the page alone: genesis, concatenation and text digest with nothing but SHA-256', () => {
    expect(sha256(`ltc-chain-v1:${vector.vehicleId}`)).toBe(vector.genesis);
    let previous = vector.genesis;
    for (const link of vector.links) {
      expect(sha256(previous + link.canonicalJson + [...link.documentSha256s].sort().join(''))).toBe(link.hash);
      previous = link.hash;
    }
    expect(JSON.parse(vector.links[0]!.canonicalJson).textDigest).toBe(sha256('{"note":"Ölwechsel, Filter neu","withdrawalReason":null}'));
  });

  it('changes with any field: another km gives another hash', () => {
    const link = vector.links[0]!;
    const changed = recordOf(vector.vehicleId, { ...link, input: { ...link.input, odometerKm: 42001 } });
    expect(linkHash(vector.genesis, changed, link.documentSha256s)).not.toBe(link.hash);
  });
});
