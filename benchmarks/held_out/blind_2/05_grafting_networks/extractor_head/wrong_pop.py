# Misconception: base.pop() removes the old head, as with Keras 2 Sequential models
# Expect: fail
import keras


def build_service_model(base):
    base.pop()
    base.trainable = False
    readings = keras.Input(shape=(8,))
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(base(readings)))
