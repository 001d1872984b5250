package org.psoascare.content;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Properties;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.usertype.DynamicParameterizedType;
import org.hibernate.usertype.UserType;

/**
 * Stores any {@link Coded} enum by its code, so a column reads the same as the files
 * ({@code lying-on-back}, not {@code LYING_ON_BACK} or an ordinal). Put
 * {@code @Type(CodedType.class)} on the attribute, or on an {@code @ElementCollection} of
 * codes. One class serves every enum: Hibernate tells it the attribute's type, which a
 * JPA {@code AttributeConverter} cannot learn, so that would need one converter class per
 * enum.
 */
public final class CodedType implements UserType<Coded>, DynamicParameterizedType {

	private Class<Coded> type;

	@Override
	@SuppressWarnings("unchecked")
	public void setParameterValues(Properties parameters) {
		Class<?> returned = ((ParameterType) parameters.get(PARAMETER_TYPE)).getReturnedClass();
		if (!returned.isEnum() || !Coded.class.isAssignableFrom(returned)) {
			throw new IllegalArgumentException(returned + " is not a Coded enum");
		}
		this.type = (Class<Coded>) returned;
	}

	@Override
	public int getSqlType() {
		return Types.VARCHAR;
	}

	@Override
	public Class<Coded> returnedClass() {
		return this.type;
	}

	@Override
	public Coded nullSafeGet(ResultSet results, int position, WrapperOptions options) throws SQLException {
		String code = results.getString(position);
		if (code == null) {
			return null;
		}
		return Arrays.stream(this.type.getEnumConstants())
			.filter((value) -> value.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("'" + code + "' is not a code of " + this.type.getName()));
	}

	@Override
	public void nullSafeSet(PreparedStatement statement, Coded value, int index, WrapperOptions options)
			throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.VARCHAR);
		}
		else {
			statement.setString(index, value.code());
		}
	}

	@Override
	public Coded deepCopy(Coded value) {
		return value;
	}

	@Override
	public boolean isMutable() {
		return false;
	}

}
