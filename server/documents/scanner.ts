import { createReadStream } from 'node:fs';
import net from 'node:net';
import type { Config } from '../config.ts';

export type ScanVerdict = 'CLEAN' | 'INFECTED' | 'ERROR';

/** Anything that can judge a stored file. Run automatically after every upload (SPEC §6). */
export interface Scanner {
  scan(filePath: string): Promise<ScanVerdict>;
}

/** The standard anti-virus test string (eicar.org), split so this source file does not trip scanners. */
const EICAR = Buffer.from(['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join(''), 'latin1');

/**
 * Built-in scanner: finds the EICAR test signature anywhere in the file (stricter than real
 * engines, which only match it at the start), so the whole pipeline can be proven end to end.
 */
export const eicarScanner: Scanner = {
  async scan(filePath) {
    let tail = Buffer.alloc(0);
    for await (const chunk of createReadStream(filePath)) {
      const window = Buffer.concat([tail, chunk as Buffer]);
      if (window.includes(EICAR)) return 'INFECTED';
      tail = window.subarray(Math.max(0, window.length - EICAR.length + 1));
    }
    return 'CLEAN';
  },
};

const CLAMAV_TIMEOUT_MS = 30_000;
const CLAMAV_CHUNK_BYTES = 64 * 1024;

/**
 * A ClamAV daemon over its INSTREAM protocol: `zINSTREAM\0`, then chunks each prefixed with a
 * 4-byte big-endian length, then a zero length; the daemon answers `stream: OK`,
 * `stream: <name> FOUND` or an error. `address` is a Unix socket path or `tcp://host:port`.
 */
export function clamavScanner(address: string): Scanner {
  return {
    scan: (filePath) =>
      new Promise<ScanVerdict>((resolve) => {
        const tcp = /^tcp:\/\/([^:]+):(\d+)$/.exec(address);
        const socket = tcp ? net.connect(Number(tcp[2]), tcp[1]) : net.connect(address);
        let answer = '';
        let settled = false;
        const finish = (verdict: ScanVerdict) => {
          if (settled) return;
          settled = true;
          socket.destroy();
          resolve(verdict);
        };
        socket.setTimeout(CLAMAV_TIMEOUT_MS, () => finish('ERROR'));
        socket.on('error', () => finish('ERROR'));
        socket.on('data', (data) => {
          answer += data.toString('utf8');
        });
        socket.on('end', () => finish(verdictFromClamav(answer)));
        socket.on('close', () => finish(verdictFromClamav(answer)));
        socket.on('connect', async () => {
          try {
            socket.write('zINSTREAM\0');
            for await (const chunk of createReadStream(filePath, { highWaterMark: CLAMAV_CHUNK_BYTES })) {
              const length = Buffer.alloc(4);
              length.writeUInt32BE((chunk as Buffer).length);
              socket.write(length);
              if (!socket.write(chunk)) await new Promise((drained) => socket.once('drain', drained));
            }
            socket.write(Buffer.alloc(4));
          } catch {
            finish('ERROR');
          }
        });
      }),
  };
}

export function verdictFromClamav(answer: string): ScanVerdict {
  const line = answer.replace(/\0/g, '').trim();
  if (/^stream: OK$/.test(line)) return 'CLEAN';
  if (/^stream: .+ FOUND$/.test(line)) return 'INFECTED';
  return 'ERROR';
}

/**
 * The scanner for this configuration: the built-in EICAR check, plus ClamAV when a socket is
 * configured. Any INFECTED wins; otherwise any ERROR; otherwise CLEAN.
 */
export function scannerFor(config: Pick<Config, 'clamavSocket'>): Scanner {
  const scanners = [eicarScanner, ...(config.clamavSocket ? [clamavScanner(config.clamavSocket)] : [])];
  return {
    async scan(filePath) {
      const verdicts: ScanVerdict[] = [];
      for (const scanner of scanners) {
        const verdict = await scanner.scan(filePath).catch((): ScanVerdict => 'ERROR');
        if (verdict === 'INFECTED') return 'INFECTED';
        verdicts.push(verdict);
      }
      return verdicts.includes('ERROR') ? 'ERROR' : 'CLEAN';
    },
  };
}
