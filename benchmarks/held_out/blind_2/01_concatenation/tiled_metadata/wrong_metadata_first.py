# Misconception: put the metadata channels before the feature map
# Expect: fail
import keras


def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    m = keras.layers.Reshape((1, 1, 3))(metadata)
    m = keras.layers.UpSampling2D(size=(8, 8))(m)
    stacked = keras.layers.Concatenate()([m, features])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
