# Misconception: created the inputs in a loop over sizes [7, 5, 3] (largest first)
# Expect: fail
import keras


def build_fusion_model(merge):
    inputs = [keras.Input(shape=(n,)) for n in (7, 5, 3)]
    branches = [keras.layers.Dense(4, activation="relu")(x) for x in inputs]
    return keras.Model(inputs, keras.layers.Dense(1)(merge(branches)))
