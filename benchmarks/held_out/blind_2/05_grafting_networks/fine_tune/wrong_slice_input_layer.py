# Misconception: extractor.layers[:2] are hidden and norm (forgot the InputLayer counts)
# Expect: fail
import keras


def prepare_fine_tuning(model, extractor):
    for layer in extractor.layers[:2]:
        layer.trainable = False
    model.compile(optimizer=keras.optimizers.Adam(1e-4), loss="categorical_crossentropy")
    return model
