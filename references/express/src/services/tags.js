export class TagService {
  constructor({ tags }) {
    this.tags = tags;
  }

  async list() {
    return this.tags.namesInUse();
  }
}
