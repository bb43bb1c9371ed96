import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

@Injectable()
export class CoursesRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByCode(code: string) {
    return this.prisma.course.findUnique({ where: { code }, include: { _count: { select: { enrollments: true } } } });
  }

  enroll(courseId: string, studentId: string) {
    return this.prisma.enrollment.create({ data: { courseId, studentId } });
  }
}
