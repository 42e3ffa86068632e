# Misconception: changed the loss to sparse_categorical_crossentropy while recompiling
# Expect: fail
import keras


def prepare_fine_tuning(model, extractor):
    for name in ("hidden", "norm"):
        extractor.get_layer(name).trainable = False
    model.compile(optimizer=keras.optimizers.Adam(1e-4), loss="sparse_categorical_crossentropy")
    return model
