# Misconception: kept the old head and put the new one on top of its 4 probabilities
# Expect: fail
import keras


def build_service_model(base):
    base.trainable = False
    readings = keras.Input(shape=(8,))
    x = base(readings, training=False)
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(x))
