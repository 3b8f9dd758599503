# positive LW006: a Django event handler calls Chapter.objects.update_or_create(book_id=...) with no check that the book survived BookWithdrawn
from catalog.events import BookWithdrawn, ChapterRevised, domain_event
from catalog.models import Book, Chapter
from django.db import transaction
from django.dispatch import receiver


@receiver(domain_event, sender=BookWithdrawn)
def on_book_withdrawn(sender, event: BookWithdrawn, **kwargs) -> None:
    Book.objects.filter(pk=event.book_id).delete()  # chapters go with it (on_delete=CASCADE)


@receiver(domain_event, sender=ChapterRevised)
def on_chapter_revised(sender, event: ChapterRevised, **kwargs) -> None:
    with transaction.atomic():
        Chapter.objects.update_or_create(
            book_id=event.book_id,
            number=event.number,
            defaults={"title": event.title, "text": event.text},
        )
