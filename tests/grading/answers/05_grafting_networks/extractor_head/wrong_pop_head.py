# Misconception: base.pop() removes the old head, as with Keras 2 Sequential models
# (explained from Keras's error by keras_errors, no table entry)
# Expect: fail "removes the last layer of a Sequential model only"
import keras


def build_service_model(base):
    base.pop()
    base.trainable = False
    readings = keras.Input(shape=(8,))
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(base(readings)))
