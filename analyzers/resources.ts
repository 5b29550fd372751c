/**
 * Resources are data: lexicons, themes and aliases live in `data/` as JSON, are validated on load
 * and passed to analyzers, never imported by them.
 */
import path from 'node:path';
import { loadSentimentResource, sentimentDir, type SentimentResource } from './sentiment/resource.js';
import { loadEntitiesResource, type EntitiesResource } from './entities/resource.js';
import { loadThemesResource, type ThemesResource } from './themes/resource.js';
import type { AnalysisOptions } from './types.js';

export interface Resources {
  sentiment: SentimentResource;
  entities: EntitiesResource;
  themes: ThemesResource;
}

/** Every resource's name (a record, so that a resource added to the type must be added here). */
const RESOURCE_KEYS: Record<keyof Resources, true> = { sentiment: true, entities: true, themes: true };
export const RESOURCE_NAMES = Object.keys(RESOURCE_KEYS) as Array<keyof Resources>;

/** Every analysis option's name, likewise. */
const OPTION_KEYS: Record<keyof AnalysisOptions, true> = { targets: true };
export const OPTION_NAMES = Object.keys(OPTION_KEYS) as Array<keyof AnalysisOptions>;

export interface ResourcePaths {
  /** Folder holding the default resource files (the package's own `data/`). */
  dataDir: string;
  entities?: string;
  themes?: string;
}

/** Where each resource is read from: a file, or (sentiment) a folder of .json files. */
export function resourceSources(paths: ResourcePaths): Record<keyof Resources, string> {
  return {
    sentiment: sentimentDir(paths.dataDir),
    entities: paths.entities ?? path.join(paths.dataDir, 'entities.json'),
    themes: paths.themes ?? path.join(paths.dataDir, 'themes.json'),
  };
}

export function loadResources(paths: ResourcePaths): Resources {
  const from = resourceSources(paths);
  return {
    sentiment: loadSentimentResource(paths.dataDir),
    entities: loadEntitiesResource(from.entities),
    themes: loadThemesResource(from.themes),
  };
}
