# Misconception: froze the whole model then unfroze 'features', forgetting the head
# Expect: fail
import keras


def prepare_fine_tuning(model, extractor):
    model.trainable = False
    extractor.trainable = True
    for name in ("hidden", "norm"):
        extractor.get_layer(name).trainable = False
    model.compile(optimizer=keras.optimizers.Adam(1e-4), loss="categorical_crossentropy")
    return model
