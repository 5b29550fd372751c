/** Units of size shared by the memory ceilings, the cache cap and the CLI. */
export const MIB = 1024 * 1024;
