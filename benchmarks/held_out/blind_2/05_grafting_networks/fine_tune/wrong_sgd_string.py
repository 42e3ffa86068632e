# Misconception: compile(optimizer="sgd") keeps the optimizer gentle enough
# Expect: fail
import keras


def prepare_fine_tuning(model, extractor):
    for name in ("hidden", "norm"):
        extractor.get_layer(name).trainable = False
    model.compile(optimizer="sgd", loss="categorical_crossentropy")
    return model
