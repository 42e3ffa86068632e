# Misconception: rebuilt the snapshot from the encoder's own layer objects and froze the new model
# Expect: fail
import keras


def build_drift_monitor(encoder):
    first, second = encoder.layers
    snapshot = keras.Sequential([keras.Input((8,)), first, second], name="snapshot")
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
