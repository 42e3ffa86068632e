# Alternative: RepeatVector(64) then Reshape((8, 8, 3))
# Expect: pass
import keras


def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    m = keras.layers.RepeatVector(8 * 8)(metadata)
    m = keras.layers.Reshape((8, 8, 3))(m)
    stacked = keras.layers.concatenate([features, m])
    return keras.Model(inputs=[features, metadata], outputs=keras.layers.Conv2D(4, 1)(stacked))
