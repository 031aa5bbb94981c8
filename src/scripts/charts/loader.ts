/**
 * Draws the page's charts when they come near the viewport: Chart.js is
 * fetched (dynamic import) only then, and only on pages that have a chart.
 */
const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];

function draw(canvas: HTMLCanvasElement) {
	import('./draw.ts')
		.then(({ drawChart }) => drawChart(canvas))
		.catch((error: unknown) => {
			canvas.closest('.chart')?.setAttribute('data-chart-error', '');
			console.error('chart could not be drawn', error);
		});
}

if (canvases.length > 0) {
	if ('IntersectionObserver' in window) {
		const observer = new IntersectionObserver(
			(entries) => {
				for (const entry of entries) {
					if (!entry.isIntersecting) continue;
					observer.unobserve(entry.target);
					draw(entry.target as HTMLCanvasElement);
				}
			},
			{ rootMargin: '300px 0px' },
		);
		for (const canvas of canvases) observer.observe(canvas);
	} else {
		for (const canvas of canvases) draw(canvas);
	}
}
