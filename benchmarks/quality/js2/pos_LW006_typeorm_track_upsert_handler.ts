// positive LW006: a TypeORM album projection calls tracks.upsert({ albumId, ... }) while AlbumRemoved deletes the album
import type { DataSource } from "typeorm";
import { Album } from "./album.entity";
import { Track } from "./track.entity";

export function albumProjection(dataSource: DataSource) {
  const albums = dataSource.getRepository(Album);
  const tracks = dataSource.getRepository(Track);

  return {
    async AlbumRemoved(e: { albumId: string }) {
      await albums.delete({ id: e.albumId });
    },
    async TrackRenamed(e: { trackId: string; albumId: string; title: string; number: number }) {
      await tracks.upsert({ id: e.trackId, albumId: e.albumId, title: e.title, number: e.number }, ["id"]);
    },
  };
}
