# Misconception: the blog post's Keras 2 code still runs on Keras 3
# Expect: fail
from keras.layers import Dense, Input
from keras.models import Model
import keras


def build_two_branch_model():
    numbers = Input(shape=(4,))
    text = Input(shape=(6,))
    numbers_branch = Dense(8, activation="relu", input_shape=(4,))(numbers)
    text_branch = Dense(8, activation="relu", input_shape=(6,))(text)
    merged = keras.layers.merge.concatenate([numbers_branch, text_branch], axis=0)
    output = Dense(1)(merged)
    return Model(input=[numbers, text], output=output)
