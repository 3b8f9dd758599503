// negative LW045: after the insert, a fetched avatar URL is merged into a new response object (spread), not into the stored record
import type { Knex } from "knex";
import { avatarUrlFor } from "./gravatar";

export async function createMember(knex: Knex, email: string, name: string) {
  const member = { id: crypto.randomUUID(), email, name };
  await knex("members").insert(member);
  const view = await avatarUrlFor(email).then((avatarUrl) => ({ ...member, avatarUrl }));
  return view;
}
