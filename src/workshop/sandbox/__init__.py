"""The grading sandbox: the Docker engine, the grading image and the runner."""

from workshop.sandbox.image import ImageRecipe, ensure_image, image_tag, require_image
from workshop.sandbox.runner import DockerRunner, Job, Runner

__all__ = ["DockerRunner", "ImageRecipe", "Job", "Runner", "ensure_image", "image_tag", "require_image"]
