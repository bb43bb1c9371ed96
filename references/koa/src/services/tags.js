export class TagService {
  constructor(tags) {
    this.tags = tags;
  }

  async all() {
    return this.tags.namesInUse();
  }
}
