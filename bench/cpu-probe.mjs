/**
 * Preloaded into the dev server by bench/dev-profile.ts: SIGUSR2 starts a CPU
 * profile of the main thread, the next SIGUSR2 stops it and writes it to
 * $KAM_CPU_PROBE (a .cpuprofile file), so the profile holds only the saves.
 * With KAM_CPU_PROBE_START=1 the profile starts at once (the server's start),
 * and the first SIGUSR2 stops it.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const session = new Session();
session.connect();
let running = false;
if (process.env.KAM_CPU_PROBE_START === '1') {
	running = true;
	session.post('Profiler.enable', () => session.post('Profiler.start'));
}
process.on('SIGUSR2', () => {
	if (!running) {
		running = true;
		session.post('Profiler.enable', () => session.post('Profiler.start'));
		return;
	}
	running = false;
	session.post('Profiler.stop', (error, result) => {
		writeFileSync(process.env.KAM_CPU_PROBE, JSON.stringify(error ? {} : result.profile));
	});
});
