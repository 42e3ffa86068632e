# Misconception: validating the first two inputs is enough
# Expect: fail
import keras


@keras.saving.register_keras_serializable()
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        if tuple(input_shape[0]) != tuple(input_shape[1]):
            raise ValueError(f"shapes differ: {input_shape[0]} and {input_shape[1]}")
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        mix = keras.ops.softmax(self.logits / self.temperature)
        return sum(mix[i] * x for i, x in enumerate(inputs))

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


def load_merge_model(path):
    return keras.models.load_model(path)
