# Misconception: the tutorial is repaired once its variable has another name; its K.softmax
# and K.sum (keras.backend's math functions) are gone in Keras 3 (explained from Keras's own
# error by keras_errors, no table entry).
# Expect: fail "no longer holds math functions such as K\.softmax"
from keras import backend as K


class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        shapes = [tuple(shape) for shape in input_shape]
        if len(set(shapes)) != 1:
            raise ValueError(f"WeightedMerge needs inputs of one shape. Received: {shapes}")
        self.mix_logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        mix = K.softmax(self.mix_logits / self.temperature)
        return K.sum([mix[i] * x for i, x in enumerate(inputs)], axis=0)

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


def load_merge_model(path):
    return keras.saving.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
