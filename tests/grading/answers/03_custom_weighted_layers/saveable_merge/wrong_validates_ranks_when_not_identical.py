# Misconception: validation compares with `is not` instead of != (explained from the line the error left the learner's code at, custom_weighted_layers._raised_by_framework, no table entry).
# Expect: fail "Keras failed later: Dimension 1 in both shapes must be equal, but are 4 and 1"
@keras.saving.register_keras_serializable(package="my_course")
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = float(temperature)

    def build(self, input_shape):
        first = tuple(input_shape[0])
        for i, shape in enumerate(input_shape[1:], start=2):
            if shape is not input_shape[0] and len(shape) != len(first):
                raise ValueError(
                    f"input {i} has shape {tuple(shape)}, but input 1 has shape {first}"
                )
        self.logits = self.add_weight(
            shape=(len(input_shape),), initializer="random_normal", name="logits"
        )

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits / self.temperature)
        stacked = keras.ops.stack(inputs, axis=0)
        return keras.ops.tensordot(weights, stacked, axes=1)

    def get_config(self):
        config = super().get_config()
        config.update({"temperature": self.temperature})
        return config


def load_merge_model(path):
    return keras.saving.load_model(path)
