# Misconception: concatenated the raw inputs and then used one Dense(8) "branch"
# Expect: fail
import keras
from keras.layers import Dense, Input


def build_two_branch_model():
    numbers = Input(shape=(4,))
    text = Input(shape=(6,))
    merged = keras.layers.Concatenate()([numbers, text])
    hidden = Dense(16, activation="relu")(merged)
    return keras.Model([numbers, text], Dense(1)(hidden))
