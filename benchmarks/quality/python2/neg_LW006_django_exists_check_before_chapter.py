# negative LW006: the Django handler checks Book.objects.filter(pk=...).exists() under select_for_update before update_or_create
import logging

from catalog.events import BookWithdrawn, ChapterRevised, domain_event
from catalog.models import Book, Chapter
from django.db import transaction
from django.dispatch import receiver

log = logging.getLogger(__name__)


@receiver(domain_event, sender=BookWithdrawn)
def on_book_withdrawn(sender, event: BookWithdrawn, **kwargs) -> None:
    Book.objects.filter(pk=event.book_id).delete()


@receiver(domain_event, sender=ChapterRevised)
def on_chapter_revised(sender, event: ChapterRevised, **kwargs) -> None:
    with transaction.atomic():
        if not Book.objects.select_for_update().filter(pk=event.book_id).exists():
            log.warning("book %s withdrawn; chapter %s not projected", event.book_id, event.number)
            return
        Chapter.objects.update_or_create(
            book_id=event.book_id,
            number=event.number,
            defaults={"title": event.title, "text": event.text},
        )
