# Misconception: froze the whole extractor, features included
# Expect: fail
import keras


def prepare_fine_tuning(model, extractor):
    extractor.trainable = False
    model.compile(optimizer=keras.optimizers.Adam(1e-4), loss="categorical_crossentropy")
    return model
