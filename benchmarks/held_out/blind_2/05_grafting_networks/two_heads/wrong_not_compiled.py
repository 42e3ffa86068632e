# Misconception: compile happens later, in the training script
# Expect: fail
import keras


def build_two_heads(base):
    trunk = keras.Model(base.input, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    x = trunk(readings)
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(x)
    hours = keras.layers.Dense(1, name="hours")(x)
    return keras.Model(readings, [kind, hours])
