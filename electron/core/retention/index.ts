/** The retention area's public side. Other areas need nothing from it yet; it reads what their manifests declare. */
export {};
