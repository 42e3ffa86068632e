# Misconception: 1e-2 is already "gentle" compared with the first round's 0.1
# Expect: fail
import keras


def prepare_fine_tuning(model, extractor):
    for name in ("hidden", "norm"):
        extractor.get_layer(name).trainable = False
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=1e-2), loss="categorical_crossentropy")
    return model
