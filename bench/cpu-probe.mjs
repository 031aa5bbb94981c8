/**
 * Preloaded into the dev server by bench/dev-profile.ts: SIGUSR2 starts a CPU
 * profile of the main thread, the next SIGUSR2 stops it and writes it to
 * $KAM_CPU_PROBE (a .cpuprofile file), so the profile holds only the saves.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const session = new Session();
session.connect();
let running = false;
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
