import type { Person } from '../../schemas/person.ts';

const indexes = new WeakMap<readonly Person[], Map<string, Person>>();

/** The person with this id, from an index built once per people list. */
export function findPerson(people: readonly Person[], id: string): Person | undefined {
	let index = indexes.get(people);
	if (!index) {
		index = new Map(people.map((person) => [person.id, person]));
		indexes.set(people, index);
	}
	return index.get(id);
}

/** A person's display name, or their id when people.yaml does not list them. */
export function personName(people: readonly Person[], id: string): string {
	return findPerson(people, id)?.name ?? id;
}
