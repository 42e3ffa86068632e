# Misconception: hours until failure are never negative, so relu on the hours head
# Expect: fail
import keras


def build_two_heads(base):
    trunk = keras.Model(base.input, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    x = trunk(readings)
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(x)
    hours = keras.layers.Dense(1, activation="relu", name="hours")(x)
    model = keras.Model(readings, [kind, hours])
    model.compile(optimizer="adam", loss={"kind": "sparse_categorical_crossentropy", "hours": "mse"},
                  loss_weights={"kind": 1.0, "hours": 0.1})
    return model
