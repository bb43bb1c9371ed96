import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { CoursesRepository } from './courses.repository';

@Injectable()
export class CoursesService {
  constructor(private readonly courses: CoursesRepository) {}

  async getByCode(code: string) {
    const course = await this.courses.findByCode(code);
    if (!course) {
      throw new NotFoundException(`Course ${code} does not exist`);
    }
    return course;
  }

  async enroll(code: string, studentId: string) {
    const course = await this.getByCode(code);
    if (course._count.enrollments >= course.capacity) {
      throw new ConflictException('Course is full');
    }
    return this.courses.enroll(course.id, studentId);
  }
}
