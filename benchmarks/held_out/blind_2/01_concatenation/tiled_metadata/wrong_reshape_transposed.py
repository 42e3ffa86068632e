# Misconception: RepeatVector then Reshape((3, 8, 8)) and a permute with the wrong axes, so values land on the grid, not on channels
# Expect: fail
import keras


def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    m = keras.layers.RepeatVector(64)(metadata)  # (None, 64, 3)
    m = keras.layers.Permute((2, 1))(m)  # (None, 3, 64)
    m = keras.layers.Reshape((8, 8, 3))(m)  # scrambles: channel values spread over positions
    stacked = keras.layers.Concatenate()([features, m])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
