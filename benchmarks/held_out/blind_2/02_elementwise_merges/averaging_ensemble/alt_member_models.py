# Alternative: each member its own Sequential model, averaged in a functional model
# Expect: pass
import keras


def build_ensemble():
    network = keras.Sequential(
        [keras.Input((6,)), keras.layers.Dense(5, activation="relu"), keras.layers.Dense(4, activation="softmax")],
        name="network",
    )
    linear = keras.Sequential([keras.Input((6,)), keras.layers.Dense(4, activation="softmax")], name="linear")
    inputs = keras.Input(shape=(6,))
    return keras.Model(inputs, keras.layers.average([network(inputs), linear(inputs)]))
