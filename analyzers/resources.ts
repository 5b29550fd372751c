/**
 * Resources are data: lexicons, themes and aliases live in `data/` as JSON, are validated on load
 * and passed to analyzers, never imported by them.
 */
import path from 'node:path';
import { loadSentimentResource, type SentimentResource } from './sentiment/resource.js';
import { loadEntitiesResource, type EntitiesResource } from './entities/resource.js';
import { loadThemesResource, type ThemesResource } from './themes/resource.js';

export interface Resources {
  sentiment: SentimentResource;
  entities: EntitiesResource;
  themes: ThemesResource;
}

export interface ResourcePaths {
  /** Folder holding the default resource files (the package's own `data/`). */
  dataDir: string;
  entities?: string;
  themes?: string;
}

export function loadResources(paths: ResourcePaths): Resources {
  return {
    sentiment: loadSentimentResource(paths.dataDir),
    entities: loadEntitiesResource(paths.entities ?? path.join(paths.dataDir, 'entities.json')),
    themes: loadThemesResource(paths.themes ?? path.join(paths.dataDir, 'themes.json')),
  };
}
