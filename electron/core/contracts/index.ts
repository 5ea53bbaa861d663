/** The contracts area's public side. Other areas need nothing from it yet; its manifest says what it keeps. */
export {};
