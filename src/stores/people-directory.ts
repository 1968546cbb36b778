/** Who the terminal console can act as: the region's people, in the agreement file's order. */
export interface DirectoryPerson {
  id: string;
  name: string;
  isAdmin: boolean;
}

export interface PeopleDirectory {
  list(): DirectoryPerson[];
  find(id: string): DirectoryPerson | undefined;
}
