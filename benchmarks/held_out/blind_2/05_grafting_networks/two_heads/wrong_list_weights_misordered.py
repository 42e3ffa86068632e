# Misconception: loss lists follow alphabetical order of the head names (hours, kind)
# Expect: fail
import keras


def build_two_heads(base):
    trunk = keras.Model(base.input, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    x = trunk(readings)
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(x)
    hours = keras.layers.Dense(1, name="hours")(x)
    model = keras.Model(readings, [kind, hours])
    model.compile(optimizer="adam", loss=["mse", "sparse_categorical_crossentropy"], loss_weights=[0.1, 1.0])
    return model
