# Misconception: the variables are made in __init__ for the 3 sensors of 4 features the task tries
# Expect: fail
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.logits = self.add_weight(shape=(3, 4), initializer="zeros")

    def build(self, input_shape):
        pass

    def call(self, inputs):
        weights = ops.softmax(self.logits, axis=0)
        return sum(weights[i] * x for i, x in enumerate(inputs))
