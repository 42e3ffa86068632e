# Alternative: the tutorial repaired line by line, input_shape= left on the branches (ignored with a warning)
# Expect: pass
from keras.layers import Dense, Input
from keras.models import Model
import keras


def build_two_branch_model():
    numbers = Input(shape=(4,))
    text = Input(shape=(6,))
    numbers_branch = Dense(8, activation="relu", input_shape=(4,))(numbers)
    text_branch = Dense(8, activation="relu", input_shape=(6,))(text)
    merged = keras.layers.concatenate([numbers_branch, text_branch], axis=-1)
    output = Dense(1)(merged)
    return Model(inputs=[numbers, text], outputs=output)
