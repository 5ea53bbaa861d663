/** The training area's public side: nothing other areas need yet. */
export {};
