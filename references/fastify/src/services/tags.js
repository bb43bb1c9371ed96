export class TagService {
  #tags;

  constructor({ tags }) {
    this.#tags = tags;
  }

  /** Every tag that an existing article carries, once each. */
  list() {
    return this.#tags.namesInUse();
  }
}
